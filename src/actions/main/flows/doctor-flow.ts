import { readDoctorInputs } from '../read-doctor-inputs.js';
import { runDoctor } from '../run-doctor.js';

/** `mode: doctor`: its reader and runner in one chunk, loaded only when the mode asks for it. */
export async function doctorFlow(): Promise<void> {
  return runDoctor(readDoctorInputs());
}
