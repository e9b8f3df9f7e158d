import { readCsvCensus } from './csv';
import { decodeCensus } from './decode';
import { CensusFileError, type CensusFile } from './types';

/**
 * A census file as chosen on the tablet: its bytes decoded (size, encoding and binary checked
 * first), then read by its format: CSV (template) or a FHIR R4 Bundle (JSON).
 */
export function readCensusFile(bytes: Uint8Array, fileName: string, timeZone: string): CensusFile {
  const text = decodeCensus(bytes);
  const json = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  // The FHIR Bundle reader (census/fhirBundle.ts) is wired here once merged.
  if (json) throw new CensusFileError('fhirNotSupported');
  if (!/\.(csv|txt)$/i.test(fileName) && !text.includes('\n') && !/[;,]/.test(text)) {
    throw new CensusFileError('unknownFormat');
  }
  return readCsvCensus(text, fileName, timeZone);
}
