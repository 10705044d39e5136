/** Message codes, apart from the schemas: the dashboard reads them without loading zod. */

/** Message status codes of the Alteryx Engine. */
export const MESSAGE_CODES = {
  info: 1,
  warning: 2,
  error: 3,
  toolComplete: 4,
  fieldConversionError: 5,
  conversionErrorLimit: 6,
  transient: 7,
  fileInput: 8,
  fileOutput: 9,
  updatedMetaInfo: 10,
  config: 11,
  requestAutoConfigRefresh: 12,
  tempFile: 13,
  lowDiskSpace: 20,
  chooseFromMultiple: 30,
} as const;
/** OR-ed onto info, warning and field-conversion-error messages that are transient. */
export const TRANSIENT_FLAG = 0x40000000;
