/**
 * The network's reports as the page, the REST API and the downloads all show them (issue 17): the figures of one period
 * read from every module's report contract ({@link be.draaischijf.web.reports.ReportFigures}), said in words in one
 * language ({@link be.draaischijf.web.reports.ReportTexts}), shaped once into sections of a table and a chart
 * ({@link be.draaischijf.web.reports.ReportSections}) and written as CSV, XLSX ({@link be.draaischijf.web.reports.ReportFiles})
 * or PDF ({@link be.draaischijf.web.reports.ReportPdf}). Depends on the modules' API jars and the platform only.
 */
package be.draaischijf.web.reports;
