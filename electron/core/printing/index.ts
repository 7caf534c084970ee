/** Printing: case -> HTML for the paper forms the office uses, and the settings to print it identically. */
export { renderForm, renderBatch, renderHandlingBatch, isFormKind, FORM_KINDS, type FormKind } from './render-form';
export { assetBaseUrlForDir, type RenderOptions, type RenderedForm } from './document';
export {
  buildPrintableCase,
  isBlank,
  SATISFACTION_LEVELS,
  type BlankForm,
  type FormData,
  type PrintableCase,
  type PrintableCaseSource,
  type PrintableRegistration,
  type PrintCallback,
  type PrintDispatch,
  type PrintFollowup,
  type PrintHandlingResult,
  type PrintJudgment,
  type PrintOrganisation,
  type PrintRectificationNotice,
  type Satisfaction,
} from './form-data';
export {
  PRINT_PAGE,
  WAIT_FOR_PRINT_READY,
  pdfSettings,
  chromiumPdfOptions,
  electronPrintToPdfOptions,
  type PdfSettings,
  type ChromiumPdfOptions,
  type ElectronPrintToPdfOptions,
} from './pdf-options';
export { code128Svg, code128Values, code128Modules, canEncodeCode128B } from './code128';
export { FORM_TITLES } from './labels';
