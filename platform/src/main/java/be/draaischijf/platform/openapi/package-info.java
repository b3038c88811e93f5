/** What the platform adds to the OpenAPI document the server builds from the web module (a filter). */
package be.draaischijf.platform.openapi;
