import { lazy } from 'react';

/*
 * What is done to a patient (admit, move, discharge, edit, link, readmit) loads on demand, in
 * one chunk: the identity and admission forms are not needed to open the patient's screen. The
 * chunk is precached with the rest of the app; the app's Suspense shows its loading line.
 */
const screens = () => import('./actionScreens');

export const AdmitScreen = lazy(() => screens().then((m) => ({ default: m.AdmitScreen })));
export const ReadmitScreen = lazy(() => screens().then((m) => ({ default: m.ReadmitScreen })));
export const EditScreen = lazy(() => screens().then((m) => ({ default: m.EditScreen })));
export const DischargeScreen = lazy(() => screens().then((m) => ({ default: m.DischargeScreen })));
export const LinkScreen = lazy(() => screens().then((m) => ({ default: m.LinkScreen })));
export const MoveScreen = lazy(() => screens().then((m) => ({ default: m.MoveScreen })));
