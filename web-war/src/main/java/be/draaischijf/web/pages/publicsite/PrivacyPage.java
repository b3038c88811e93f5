package be.draaischijf.web.pages.publicsite;

import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.web.pages.privacy.RetentionTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * /privacy: who is responsible, why and on which legal basis each processing happens, who receives what, how long each
 * kind of record is kept (the periods in force, read when the page is shown, so that changing one on
 * /beheer/bewaartermijnen changes this page too), the data subject's rights and where to complain. The texts are the
 * bundles'; this bean adds what depends on the installation.
 */
@Named
@RequestScoped
public class PrivacyPage {

    @Inject
    RetentionTexts retention;

    /** How long after a referral ended its partner still sees the young person's details (ADR 0041). */
    @Inject
    @ConfigProperty(name = "draaischijf.referrals.partner-details-days", defaultValue = "30")
    int partnerDetailsDays;

    /** Every kind of record with its period in force. */
    public List<RetentionPeriods.Setting> getPeriods() {
        return retention.getSettings();
    }

    public int getPartnerDetailsDays() {
        return partnerDetailsDays;
    }
}
