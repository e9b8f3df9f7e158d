import { field } from '../identity';
import type { CensusRecord } from './types';

const ippOf = (record: CensusRecord): string | undefined => {
  const ipp = field(record.identity, 'ipp');
  return typeof ipp === 'string' && ipp.trim() ? ipp.replace(/\s+/g, '') : undefined;
};

/**
 * Two records of one file with the same IPP: neither can be right, so both carry the issue
 * (each line is told). Records already marked are left as they are.
 */
export function markDuplicateIpps(records: readonly CensusRecord[]): CensusRecord[] {
  const count = new Map<string, number>();
  for (const record of records) {
    const ipp = ippOf(record);
    if (ipp) count.set(ipp, (count.get(ipp) ?? 0) + 1);
  }
  return records.map((record) => {
    const ipp = ippOf(record);
    const marked = record.issues.some((i) => i.code === 'duplicateIpp');
    if (!ipp || (count.get(ipp) ?? 0) < 2 || marked) return record;
    return {
      ...record,
      issues: [...record.issues, { path: 'identity.ipp', code: 'duplicateIpp' }],
    };
  });
}
