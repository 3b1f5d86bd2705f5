/**
 * What a person chose, kept in this browser: the devices, for every room (localStorage), and, for a reload of the
 * tab, that it was in a call with the camera and microphone as they were (sessionStorage, which lives per tab).
 * Storage may be refused (private modes, full disks): then nothing is remembered.
 */
const DEVICES_KEY = 'parley:media-devices';
const CALL_KEY = 'parley:in-call';

export interface DevicePreferences {
  cameraId: string | null;
  microphoneId: string | null;
  speakerId: string;
}

export interface CallMemory {
  chatId: string;
  cameraOn: boolean;
  micOn: boolean;
}

function read<T>(storage: () => Storage, key: string): Partial<T> | null {
  try {
    const raw = storage().getItem(key);
    return raw ? (JSON.parse(raw) as Partial<T>) : null;
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: unknown): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, JSON.stringify(value));
  } catch {
    // Not remembered: the person chooses again next time.
  }
}

export function loadDevicePreferences(): DevicePreferences {
  const saved = read<DevicePreferences>(() => localStorage, DEVICES_KEY);
  return {
    cameraId: typeof saved?.cameraId === 'string' ? saved.cameraId : null,
    microphoneId: typeof saved?.microphoneId === 'string' ? saved.microphoneId : null,
    speakerId: typeof saved?.speakerId === 'string' ? saved.speakerId : '',
  };
}

export function saveDevicePreferences(preferences: DevicePreferences): void {
  write(() => localStorage, DEVICES_KEY, preferences);
}

/** The call this tab was in before a reload, if it is this chat's. */
export function rememberedCall(chatId: string): CallMemory | null {
  const saved = read<CallMemory>(() => sessionStorage, CALL_KEY);
  if (saved?.chatId !== chatId) return null;
  return { chatId, cameraOn: saved.cameraOn !== false, micOn: saved.micOn !== false };
}

export function rememberCall(memory: CallMemory | null): void {
  write(() => sessionStorage, CALL_KEY, memory);
}
