/**
 * What travels over HTTP, whatever the page: responses compressed with gzip (CompressionFilter), the Faces resources'
 * addresses carrying a version of their content and cached for a year (VersionedResourceHandler). Depends on the
 * Servlet and Faces APIs only (ADR 0034).
 */
package be.draaischijf.web.http;
