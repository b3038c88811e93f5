package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** /meldpunt/rapporten: cases per status (the first report; more come with the referral module). */
@Named
@RequestScoped
public class ReportsPage {

    @EJB
    ReferralCases cases;

    private List<Map.Entry<ReferralStatus, Long>> byStatus;
    private long total;

    @PostConstruct
    void init() {
        Map<ReferralStatus, Long> counts = cases.countByStatus(null);
        byStatus = List.copyOf(counts.entrySet());
        total = counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<ReferralStatus, Long>> getByStatus() {
        return byStatus;
    }

    public long getTotal() {
        return total;
    }
}
