/**
 * A data subject's request and the retention periods, as the REST API and the pages both show them (issue 16, ADR 0044):
 * every module's privacy contract asked together ({@link be.draaischijf.web.privacy.PrivacyModules}), what a module
 * holds said in words ({@link be.draaischijf.web.privacy.SubjectTexts}, {@link be.draaischijf.web.privacy.RetentionLabels}),
 * the export as one model ({@link be.draaischijf.web.privacy.SubjectExport}) written as JSON or as a PDF
 * ({@link be.draaischijf.web.privacy.SubjectExportPdf}). Depends on the modules' API jars and the platform only.
 */
package be.draaischijf.web.privacy;
