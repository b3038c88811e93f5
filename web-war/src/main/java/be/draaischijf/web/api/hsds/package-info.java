/**
 * The directory in Open Referral HSDS 3.0 form: read-only API paths and field names as the
 * specification prescribes, checked against its JSON schemas in tests.
 */
package be.draaischijf.web.api.hsds;
