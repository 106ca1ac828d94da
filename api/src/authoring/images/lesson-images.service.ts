import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CurrentUser } from '../../common/auth/current-user.js';
import { AppError } from '../../common/errors/app-error.js';
import type { ModuleDefinition } from '../../content/content.types.js';
import { AuthoringAccess } from '../authoring-access.js';
import { IMAGE_REF, imageRef, markdownImages, servedImageUrl } from '../../content/image-ref.js';
import { checkZippedImage, processImage, type ProcessedImage } from './image-processing.js';

export interface UploadedImage {
  hash: string;
  /** What a lesson's Markdown writes: `![alt text](images/<hash>.webp)`. */
  ref: string;
  /** Where Clef serves it. */
  url: string;
  width: number;
  height: number;
}

/** The uploaded images a module's lessons name, in either language. */
export function imagesNamedIn(definition: Pick<ModuleDefinition, 'lessons'>): string[] {
  const hashes = definition.lessons.flatMap((lesson) => [lesson.body.fr, lesson.body.en].flatMap((body) => markdownImages(body).flatMap(({ src }) => IMAGE_REF.exec(src)?.[1] ?? [])));
  return [...new Set(hashes)];
}

/** Lesson images: uploaded by whoever may edit the module's draft, kept in PostgreSQL, served to anyone by hash. */
@Injectable()
export class LessonImagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AuthoringAccess,
  ) {}

  async upload(user: CurrentUser, slug: string, bytes: Buffer): Promise<UploadedImage> {
    const module = await this.access.editableModule(user, slug);
    if (bytes.length === 0) throw new AppError(415, 'authoring.imageType');
    const image = await processImage(bytes);
    await this.store(this.dataSource.manager, module.id, [image], user.id);
    return { hash: image.hash, ref: imageRef(image.hash), url: servedImageUrl(image.hash), width: image.width, height: image.height };
  }

  /** Keeps images for a module; the same bytes twice are one row (the name is their hash). */
  async store(manager: EntityManager, moduleId: string, images: ProcessedImage[], userId: string | null): Promise<void> {
    for (const image of images) {
      await manager.query(
        `INSERT INTO lesson_images (module_id, hash, content_type, width, height, data, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT pk_lesson_images DO NOTHING`,
        [moduleId, image.hash, image.contentType, image.width, image.height, image.data, userId],
      );
    }
  }

  /** The images of a zip that Clef can keep (see checkZippedImage); others are left out, and the lessons' rules say so. */
  async storeZipped(moduleId: string, zipped: { hash: string; data: Uint8Array }[], userId: string): Promise<void> {
    const checked = await Promise.all(zipped.map((image) => checkZippedImage(image.hash, image.data)));
    await this.store(this.dataSource.manager, moduleId, checked.filter((image): image is ProcessedImage => image !== undefined), userId);
  }

  /** The hashes of the images a module holds. */
  async hashesOf(manager: EntityManager, moduleId: string): Promise<Set<string>> {
    const rows: { hash: string }[] = await manager.query(`SELECT hash FROM lesson_images WHERE module_id = $1`, [moduleId]);
    return new Set(rows.map((row) => row.hash));
  }

  /** The module's images that its lessons name, for a zip. */
  async forZip(moduleId: string, definition: ModuleDefinition): Promise<{ hash: string; data: Buffer }[]> {
    const hashes = imagesNamedIn(definition);
    if (hashes.length === 0) return [];
    return this.dataSource.query(`SELECT hash, data FROM lesson_images WHERE module_id = $1 AND hash = ANY($2)`, [moduleId, hashes]);
  }

  /** An image's bytes by hash, for anyone: the hash is the name, unguessable and never reused for other bytes. */
  async served(hash: string): Promise<{ data: Buffer; contentType: string } | undefined> {
    const [row] = await this.dataSource.query(`SELECT data, content_type AS "contentType" FROM lesson_images WHERE hash = $1 LIMIT 1`, [hash]);
    return row;
  }
}
