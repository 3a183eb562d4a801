import { z } from 'zod';
import type { ImportProblem } from './import.types';
import type { ParsedFile, ParsedReference } from './parsed-row';

/** The parts of a Kolada API answer that are read; other fields are ignored. */
const koladaAnswer = z.object({
  values: z.array(
    z.object({
      kpi: z.string().min(1),
      municipality: z.string().min(1),
      period: z.union([z.string(), z.number()]),
      values: z.array(
        z.object({
          gender: z.string(),
          value: z.number().nullable().optional(),
        }),
      ),
    }),
  ),
});

/**
 * Reads a Kolada API answer (`{"values": [{"kpi", "municipality", "period", "values": [{"gender",
 * "value", …}]}]}`, as versions 2 and 3 give it). Only the total (`gender: "T"`) is taken; an entry
 * without a total value is skipped. Entries are numbered from 1 in the problems.
 */
export function readKolada(content: string): ParsedFile<ParsedReference> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return {
      rows: [],
      rowCount: 0,
      skipped: 0,
      problems: [
        {
          row: 0,
          field: 'file',
          message: `The file is not valid JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  const parsed = koladaAnswer.safeParse(json);
  if (!parsed.success) {
    const problems: ImportProblem[] = parsed.error.issues.slice(0, 100).map((issue) => {
      const [first, index] = issue.path;
      const row = first === 'values' && typeof index === 'number' ? index + 1 : 0;
      const field = issue.path.join('.') || 'file';
      return { row, field, message: `${field}: ${issue.message}` };
    });
    return { rows: [], rowCount: 0, skipped: 0, problems };
  }
  const rows: ParsedReference[] = [];
  let skipped = 0;
  parsed.data.values.forEach((entry, index) => {
    const total = entry.values.find((v) => v.gender === 'T');
    if (total?.value === null || total?.value === undefined) {
      skipped++;
      return;
    }
    rows.push({
      row: index + 1,
      kpi: entry.kpi,
      areaCode: entry.municipality,
      period: String(entry.period),
      value: total.value,
    });
  });
  return { rows, rowCount: parsed.data.values.length, skipped, problems: [] };
}
