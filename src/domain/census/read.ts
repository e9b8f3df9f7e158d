import { readCsvCensus } from './csv';
import { decodeCensus } from './decode';
import { readFhirCensus } from './fhirBundle';
import { CensusFileError, type CensusFile } from './types';

/**
 * A census file as chosen on the tablet: its bytes decoded (size, encoding and binary checked
 * first), then read by its format: CSV (template) or a FHIR R4 Bundle (JSON).
 */
export function readCensusFile(bytes: Uint8Array, fileName: string, timeZone: string): CensusFile {
  const text = decodeCensus(bytes);
  const json = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  if (json) return readFhirCensus(text, fileName);
  if (!/\.(csv|txt)$/i.test(fileName) && !text.includes('\n') && !/[;,]/.test(text)) {
    throw new CensusFileError('unknownFormat');
  }
  return readCsvCensus(text, fileName, timeZone);
}
