package be.draaischijf.partner.api;

/** An offer as an editor starts from: what is shown, and the draft to change (with its version). */
public record EditableOffer(OfferView offer, OfferDraft draft) {
}
