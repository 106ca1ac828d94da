import { z } from 'zod';
import { localized } from './content.schema.js';

/** ISO 3166-1 alpha-2 codes in use (user-assigned codes such as XX or ZZ are refused). */
const ISO_3166_ALPHA2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF ' +
    'CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH ' +
    'GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW ' +
    'KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG ' +
    'NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN ' +
    'SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ' +
    'ZA ZM ZW'
  ).split(' '),
);

const isoDate = z
  .union([z.date(), z.string()], { error: 'must be a date (YYYY-MM-DD)' })
  .transform((value, context) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      context.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD)' });
      return z.NEVER;
    }
    return text;
  });

/** One national value: what it says, where it comes from, when it was last compared with that source, and whether a person verified it there. */
const fact = z
  .object({
    value: localized,
    source: z.string({ error: 'every value needs its source (a URL or a document name)' }).trim().min(3, 'every value needs its source (a URL or a document name)'),
    checked: isoDate,
    verified: z.boolean({ error: 'must say whether the value was verified (true or false)' }),
  })
  .strict();

export const countriesFileSchema = z
  .object({
    countries: z.array(
      z
        .object({
          code: z.string({ error: 'must be a country code' }).refine((code) => ISO_3166_ALPHA2.has(code), 'must be an ISO 3166-1 alpha-2 code, e.g. FR'),
          name: localized,
          helplines: z.array(fact).optional(),
          emergency: z.array(fact).optional(),
          reportingAuthority: fact.optional(),
          ageOfCriminalResponsibility: fact.optional(),
          reportingDuty: fact.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type CountryDefinition = z.infer<typeof countriesFileSchema>['countries'][number];
export type CountryFact = z.infer<typeof fact>;
