package be.draaischijf.partner.control;

import java.util.UUID;

/**
 * Who is changing the directory and what they may change: coordinators and administrators everything, partner
 * staff only their own organisation ({@code organisation}, null for anyone else).
 */
public record Editor(String username, boolean mayEditEverything, UUID organisation) {

    public boolean mayEdit(UUID organisationId) {
        return mayEditEverything || organisation != null && organisation.equals(organisationId);
    }
}
