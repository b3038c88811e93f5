package be.draaischijf.partner.boundary;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.DemoVolume;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferKind;
import be.draaischijf.partner.entity.Offer;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.RunMode;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Generated offers for benchmarks, in demo mode only; deterministic for a given starting count. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@Interceptors(ParameterValidation.class)
public class DemoVolumeBean implements DemoVolume {

    private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "ar", "tr");

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    BooleanSupplier demoMode = RunMode::isDemo;

    @Override
    public int fillOffersUpTo(int total) {
        if (!demoMode.getAsBoolean()) {
            throw new NotAllowedNow("draaischijf.demo-only");
        }
        long existing = em.createQuery("select count(o) from Offer o where o.active = true", Long.class).getSingleResult();
        List<Organisation> organisations = em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .getResultList();
        List<String> districts = codes(ReferenceList.DISTRICT.name()).stream().filter(c -> !"CITY_WIDE".equals(c)).toList();
        List<String> areas = codes(ReferenceList.PROBLEM_AREA.name());
        Random random = new Random(existing);
        int added = 0;
        for (long n = existing; n < total; n++, added++) {
            int min = random.nextInt(20);
            boolean cityWide = random.nextInt(3) == 0;
            OfferDraft draft = new OfferDraft("Gegenereerd aanbod " + n, "Gegenereerd voor de benchmark van de matching.",
                    OfferKind.values()[random.nextInt(OfferKind.values().length)], min,
                    Math.min(25, min + 2 + random.nextInt(10)), random.nextBoolean() ? Access.DIRECT : Access.REFERRAL,
                    cityWide, cityWide ? Set.of() : Set.of(districts.get(random.nextInt(districts.size()))),
                    Set.copyOf(List.of(areas.get(random.nextInt(areas.size())), areas.get(random.nextInt(areas.size())))),
                    Set.copyOf(List.of("nl", LANGUAGES.get(random.nextInt(LANGUAGES.size())))), random.nextInt(30),
                    random.nextInt(20), "Aanmelden via het Centraal Meldpunt.", "Gratis", true, 0);
            em.persist(new Offer(organisations.get(random.nextInt(organisations.size())), draft, "demo", LocalDate.now()));
            if (added % 500 == 499) {
                em.flush();
                em.clear();
                organisations = em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                        .getResultList();
            }
        }
        return added;
    }

    private List<String> codes(String list) {
        return em.createQuery("select r.key.code from ReferenceEntry r where r.key.listName = :list order by r.position",
                String.class).setParameter("list", list).getResultList();
    }
}
