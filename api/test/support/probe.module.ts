import { Body, Controller, Module, Post } from '@nestjs/common';
import { IsEmail, IsInt, IsString, Max, Min } from 'class-validator';
import { Public } from '../../src/common/auth/public.decorator.js';

class ProbeDto {
  @IsString() name: string;
  @IsEmail() email: string;
  @IsInt() @Min(1) @Max(10) level: number;
}

/** A fixture route that exercises the global validation pipe and error filter as every feature uses them. */
@Controller('test-probe')
class ProbeController {
  @Public()
  @Post()
  echo(@Body() body: ProbeDto) {
    return body;
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
