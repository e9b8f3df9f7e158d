import { z } from 'zod';
import type { DeviceId } from './ids';
import { requiredText } from './text';

// events.ts imports this file: no import back.

/** 'device.named': the name the ward gave a tablet; a later one renames it. */
export const deviceNamedSchema = z.object({
  deviceId: z.uuid({ error: 'invalid' }).transform((id) => id as DeviceId),
  name: requiredText(40),
});
