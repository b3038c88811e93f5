package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.referral.api.AuditBreak;
import be.draaischijf.referral.api.AuditCheck;
import be.draaischijf.referral.api.AuditProblem;
import be.draaischijf.referral.api.CaseAudit;
import be.draaischijf.referral.entity.AuditHead;
import be.draaischijf.referral.entity.AuditRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Checks the case audit log's hash chains (ADR 0040), for administrators. It reads a page of case heads at a time and
 * each case's lines a page at a time, clearing the persistence context after each page, so a large log never sits in
 * memory; it changes nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@Interceptors(ParameterValidation.class)
public class CaseAuditBean implements CaseAudit {

    static final int CASES_PER_PAGE = 200;
    static final int LINES_PER_PAGE = 1000;

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Override
    public AuditCheck verify() {
        Walk walk = new Walk();
        UUID after = null;
        List<AuditHead> heads;
        do {
            heads = (after == null
                    ? em.createQuery("select h from AuditHead h order by h.referralId", AuditHead.class)
                    : em.createQuery("select h from AuditHead h where h.referralId > :after order by h.referralId",
                            AuditHead.class).setParameter("after", after))
                    .setMaxResults(CASES_PER_PAGE).getResultList();
            for (AuditHead head : heads) {
                walk.check(head.getReferralId(), head);
            }
            if (!heads.isEmpty()) {
                after = heads.get(heads.size() - 1).getReferralId();
            }
            em.clear();
        } while (heads.size() == CASES_PER_PAGE);
        // lines of a case that has no head: it was deleted (a head is written with its case's first line)
        List<UUID> headless = em.createQuery("select distinct a.referralId from AuditRecord a where not exists"
                        + " (select h from AuditHead h where h.referralId = a.referralId)", UUID.class)
                .setMaxResults(MAX_BREAKS).getResultList();
        for (UUID caseId : headless) {
            walk.check(caseId, null);
        }
        return walk.result();
    }

    /** One walk over the log: its counts and the breaks found so far. */
    private final class Walk {

        private long rows;
        private long cases;
        private long broken;
        private final List<Found> breaks = new ArrayList<>();

        /** Walks one case's lines in order (a page at a time), then compares its last line with its head. */
        void check(UUID caseId, AuditHead head) {
            cases++;
            long lastSeq = 0;
            String lastHash = null;
            boolean lastEdited = false;
            List<AuditRecord> page;
            do {
                page = em.createQuery("select a from AuditRecord a where a.referralId = :id and a.seq > :after"
                                + " order by a.seq", AuditRecord.class)
                        .setParameter("id", caseId).setParameter("after", lastSeq)
                        .setMaxResults(LINES_PER_PAGE).getResultList();
                for (AuditRecord line : page) {
                    rows++;
                    boolean edited = !line.isUnchanged();
                    long expected = lastSeq + 1;
                    if (line.getSeq() > expected) {
                        found(caseId, expected, AuditProblem.GAP);
                    } else if (!Objects.equals(line.getPrevHash(), lastHash)) {
                        // the link to the line before does not hold: that line was rewritten with a fresh hash of its
                        // own (or, for the first line, this one was given a link it never had)
                        if (lastSeq == 0) {
                            edited = true;
                        } else if (!lastEdited) {
                            found(caseId, lastSeq, AuditProblem.EDITED);
                        }
                    }
                    if (edited) {
                        found(caseId, line.getSeq(), AuditProblem.EDITED);
                    }
                    lastEdited = edited;
                    lastSeq = line.getSeq();
                    lastHash = line.getHash();
                }
                em.clear();
            } while (page.size() == LINES_PER_PAGE);
            if (head == null) {
                found(caseId, lastSeq, AuditProblem.HEAD_MISMATCH);
            } else if (head.getSeq() < lastSeq) {
                // lines beyond the head read before them: written meanwhile, or the head was set back; it tells now
                AuditHead now = em.find(AuditHead.class, caseId);
                if (now == null) {
                    found(caseId, lastSeq, AuditProblem.HEAD_MISMATCH);
                } else if (now.getSeq() <= lastSeq && !now.pointsAt(lastSeq, lastHash)) {
                    found(caseId, now.getSeq(), AuditProblem.HEAD_MISMATCH);
                }
                // a head beyond the lines read: more were written after this walk read them, for the next check
            } else if (!head.pointsAt(lastSeq, lastHash)) {
                // lines the head names are not there (taken off the end), or the last one is not the line it names
                found(caseId, head.getSeq(), AuditProblem.HEAD_MISMATCH);
            }
        }

        private void found(UUID caseId, long seq, AuditProblem problem) {
            broken++;
            if (breaks.size() < MAX_BREAKS) {
                breaks.add(new Found(caseId, seq, problem));
            }
        }

        AuditCheck result() {
            Map<UUID, String> references = references(breaks.stream().map(Found::caseId).toList());
            return new AuditCheck(rows, cases, broken == 0, breaks.stream()
                    .map(f -> new AuditBreak(f.caseId(), references.get(f.caseId()), f.seq(), f.problem())).toList());
        }
    }

    private record Found(UUID caseId, long seq, AuditProblem problem) {
    }

    /** The cases' references, a few hundred ids per query. */
    private Map<UUID, String> references(List<UUID> caseIds) {
        Map<UUID, String> references = new HashMap<>();
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(caseIds));
        for (int from = 0; from < distinct.size(); from += 500) {
            em.createQuery("select r.id, r.reference from Referral r where r.id in :ids", Object[].class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + 500)))
                    .getResultStream().forEach(row -> references.put((UUID) row[0], (String) row[1]));
        }
        return references;
    }
}
