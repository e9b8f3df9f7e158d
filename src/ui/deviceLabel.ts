import { shortDeviceCode } from '../domain/devices';
import type { Translate } from '../i18n/translate';

/** A tablet as people know it: the name the ward gave it, else "Tablette a3f9", never a UUID. */
export const deviceLabel = (
  t: Translate,
  names: ReadonlyMap<string, string> | undefined,
  deviceId: string,
): string => names?.get(deviceId) ?? t('words.device.unnamed', { code: shortDeviceCode(deviceId) });
