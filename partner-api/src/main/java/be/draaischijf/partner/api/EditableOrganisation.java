package be.draaischijf.partner.api;

/** An organisation as an editor starts from: what is shown, and the draft to change (with its version). */
public record EditableOrganisation(OrganisationView organisation, OrganisationDraft draft) {
}
