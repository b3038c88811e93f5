package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.AccountChange;
import be.draaischijf.identity.api.AccountChange.Kind;
import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.AccountUpdate;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.identity.api.StaffInvitation;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.control.AccountLinks;
import be.draaischijf.identity.control.RecoveryCodes;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.AccountChangeEntry;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PARTNER_ADMIN})
@Interceptors(ParameterValidation.class)
public class StaffAccountsBean implements StaffAccounts {

    static final String LAST_ADMIN = "LAST_ADMIN";
    static final String PENDING = "PENDING";
    static final String NOT_PENDING = "NOT_PENDING";
    static final String TOO_SOON = "TOO_SOON";
    static final String OWN_ACCOUNT = "OWN_ACCOUNT";
    /** The roles a partner's administrator may give: those of their own organisation. */
    private static final Set<Role> PARTNER_ROLES = Set.of(Role.PARTNER, Role.PARTNER_ADMIN);
    /** No organisation has this id: what a partner's administrator without an organisation sees. */
    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountLinks links;

    @Inject
    SecurityLog log;

    @Inject
    RecoveryCodes recoveryCodes;

    Clock clock = Clock.systemUTC();

    @Override
    public List<StaffAccount> list(AccountFilter filter, int offset, int size) {
        Instant now = clock.instant();
        return filtered("select a from Account a", scoped(filter), Account.class, now)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(account -> view(account, now)).toList();
    }

    @Override
    public long count(AccountFilter filter) {
        return filtered("select count(a) from Account a", scoped(filter), Long.class, clock.instant()).getSingleResult();
    }

    @Override
    public StaffAccount invite(StaffInvitation invitation) {
        Optional<UUID> scope = scope();
        UUID organisation = scope.orElse(invitation.organisationId());
        if (scope.isPresent() && !PARTNER_ROLES.containsAll(invitation.roles())) {
            throw new Invalid(FieldError.of("roles", "identity.roles.partner-only"));
        }
        UUID bound = checkedBinding(invitation.roles(), organisation);
        UUID contactPoint = contactPointBinding(invitation.roles(), invitation.contactPointId());
        String email = AccountLinks.normalise(invitation.email());
        Instant now = clock.instant();
        // nobody knows this password: the invited person chooses one through the mailed link
        String unknownPassword = hashing.hash(OneTimeTokens.newToken());
        Account account = links.invite(email,
                () -> Account.pending(email, invitation.displayName(), unknownPassword, invitation.roles(), bound,
                        invitation.language(), now),
                signedUp -> {
                    signedUp.invitedAs(invitation.displayName(), null, null, invitation.language());
                    signedUp.changeRoles(invitation.roles(), bound);
                }, unknownPassword, now);
        account.setContactPointId(contactPoint);
        em.flush();
        record(account, now, Kind.INVITED, codes(invitation.roles()));
        return view(account, now);
    }

    @Override
    public StaffAccount resendInvitation(UUID id) {
        Account account = found(id, LockModeType.PESSIMISTIC_WRITE);
        if (!account.isPending() || account.getEmail() == null) {
            throw NotAllowedNow.because(NOT_PENDING, "identity.account.not-pending");
        }
        Instant now = clock.instant();
        if (links.mailInvitation(account, now).isEmpty()) {
            throw NotAllowedNow.because(TOO_SOON, "identity.invitation.too-soon");
        }
        record(account, now, Kind.INVITATION_SENT, null);
        return view(account, now);
    }

    @Override
    public StaffAccount get(UUID id) {
        return view(found(id, LockModeType.NONE), clock.instant());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount update(UUID id, AccountUpdate update) {
        Account account = found(id, LockModeType.PESSIMISTIC_WRITE);
        if (account.getVersion() != update.version()) {
            throw new ChangedMeanwhile("identity.account.changed-meanwhile");
        }
        UUID organisation = checkedBinding(update.roles(), update.organisationId());
        if (account.getRoles().contains(Role.ADMIN) && !update.roles().contains(Role.ADMIN)) {
            refuseIfLastAdmin(account);
        }
        Instant now = clock.instant();
        if (!account.getDisplayName().equals(update.displayName())) {
            account.setDisplayName(update.displayName());
            record(account, now, Kind.NAME, update.displayName());
        }
        boolean rolesChanged = !account.getRoles().equals(update.roles());
        UUID contactPoint = contactPointBinding(update.roles(), update.contactPointId());
        boolean organisationChanged = !Objects.equals(account.getOrganisationId(), organisation);
        boolean contactPointChanged = !Objects.equals(account.getContactPointId(), contactPoint);
        account.changeRoles(update.roles(), organisation);
        account.setContactPointId(contactPoint);
        if (rolesChanged) {
            record(account, now, Kind.ROLES, codes(update.roles()));
        }
        if (organisationChanged) {
            record(account, now, Kind.ORGANISATION, organisation == null ? null : organisation.toString());
        }
        if (contactPointChanged) {
            record(account, now, Kind.CONTACT_POINT, contactPoint == null ? null : contactPoint.toString());
        }
        em.flush();
        return view(account, now);
    }

    @Override
    public StaffAccount deactivate(UUID id) {
        return switchOver(id, Kind.DEACTIVATED, (account, now) -> !account.isDeactivated(), (account, now) -> {
            if (account.isPending()) {
                throw NotAllowedNow.because(PENDING, "identity.account.pending");
            }
            // a partner's administrator who switched themselves off could not switch themselves on again
            if (account.getUsername().equals(caller.requireName()) && !caller.isInRole(Roles.ADMIN)) {
                throw NotAllowedNow.because(OWN_ACCOUNT, "identity.account.own");
            }
            if (account.getRoles().contains(Role.ADMIN)) {
                refuseIfLastAdmin(account);
            }
            account.deactivate(now);
        });
    }

    @Override
    public StaffAccount reactivate(UUID id) {
        return switchOver(id, Kind.REACTIVATED, (account, now) -> account.isDeactivated(), (account, now) -> account.reactivate());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount unlock(UUID id) {
        return switchOver(id, Kind.UNLOCKED, (account, now) -> account.isLocked(now) || account.getFailedLogins() > 0,
                (account, now) -> account.unlock());
    }

    /**
     * One switch on the locked account: done and recorded when {@code needed}, else nothing (asking twice is
     * harmless); the account as it is afterwards.
     */
    private StaffAccount switchOver(UUID id, Kind kind, BiPredicate<Account, Instant> needed, BiConsumer<Account, Instant> change) {
        Account account = found(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (needed.test(account, now)) {
            change.accept(account, now);
            record(account, now, kind, null);
            em.flush();
        }
        return view(account, now);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount resetTwoFactor(UUID id) {
        return switchOver(id, Kind.TWO_FACTOR_RESET, (account, now) -> account.hasTwoFactor(), (account, now) -> {
            account.disableTwoFactor();
            recoveryCodes.remove(account.getId());
        });
    }

    @Override
    public List<AccountChange> changes(UUID id) {
        found(id, LockModeType.NONE);
        return em.createQuery("select c from AccountChangeEntry c where c.accountId = :id order by c.changedAt desc",
                        AccountChangeEntry.class)
                .setParameter("id", id).setMaxResults(500)
                .getResultStream().map(AccountChangeEntry::toChange).toList();
    }

    /**
     * Refuses when this account is the only active administrator. The active administrators are locked first, so
     * that two administrators removing each other at the same moment cannot both succeed.
     */
    private void refuseIfLastAdmin(Account account) {
        List<Account> admins = em.createQuery("select a from Account a where :admin member of a.roles and a.active = true",
                        Account.class)
                .setParameter("admin", Role.ADMIN).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (admins.stream().allMatch(admin -> admin.getId().equals(account.getId()))) {
            throw NotAllowedNow.because(LAST_ADMIN, "identity.last-admin");
        }
    }

    private <T> TypedQuery<T> filtered(String select, AccountFilter filter, Class<T> type, Instant now) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.text() != null) {
            where.append(" and (lower(a.displayName) like :text or lower(a.email) like :text or a.username like :text)");
        }
        if (filter.role() != null) {
            where.append(" and :role member of a.roles");
        }
        if (filter.organisationId() != null) {
            where.append(" and a.organisationId = :organisation");
        }
        if (filter.contactPointId() != null) {
            where.append(" and a.contactPointId = :contactPoint");
        }
        if (filter.active() != null) {
            where.append(" and a.active = :active");
        }
        if (filter.lockedOnly()) {
            where.append(" and a.lockedUntil > :now");
        }
        boolean list = !type.equals(Long.class);
        TypedQuery<T> query = em.createQuery(select + where + (list ? " order by lower(a.displayName), a.username" : ""), type);
        if (filter.text() != null) {
            query.setParameter("text", "%" + filter.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.organisationId() != null) {
            query.setParameter("organisation", filter.organisationId());
        }
        if (filter.contactPointId() != null) {
            query.setParameter("contactPoint", filter.contactPointId());
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        if (filter.lockedOnly()) {
            query.setParameter("now", now);
        }
        return query;
    }

    /** The account, if the caller may manage it: a partner's administrator finds only their organisation's. */
    private Account found(UUID id, LockModeType lock) {
        Account account = em.find(Account.class, id, lock);
        if (account == null || scope().filter(own -> !own.equals(account.getOrganisationId())).isPresent()) {
            throw new NotFound("identity.account.unknown");
        }
        return account;
    }

    /**
     * The organisation the caller is limited to: empty for an administrator; a partner's administrator's own (none
     * they can see when their account has none).
     */
    private Optional<UUID> scope() {
        if (caller.isInRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("select a.organisationId from Account a where a.username = :u", UUID.class)
                .setParameter("u", caller.requireName()).getResultStream().filter(Objects::nonNull).findFirst()
                .orElse(NO_ORGANISATION));
    }

    private AccountFilter scoped(AccountFilter filter) {
        return scope().map(own -> new AccountFilter(filter.text(), filter.role(), own, filter.contactPointId(),
                        filter.active(), filter.lockedOnly()))
                .orElse(filter);
    }

    /**
     * The organisation these roles are bound to: the given one for a partner role (required), none otherwise. A
     * partner's administrator is a partner too.
     */
    private static UUID checkedBinding(Set<Role> roles, UUID organisationId) {
        if (roles.contains(Role.PARTNER_ADMIN) && !roles.contains(Role.PARTNER)) {
            throw new Invalid(FieldError.of("roles", "identity.roles.partner-admin-is-partner"));
        }
        boolean partner = roles.stream().anyMatch(Role::isPartnerRole);
        if (partner && organisationId == null) {
            throw new Invalid(FieldError.of("organisationId", "identity.organisation-id.required"));
        }
        return partner ? organisationId : null;
    }

    /** The contact point a coordinator is bound to (optional); other roles are bound to none. */
    private static UUID contactPointBinding(Set<Role> roles, UUID contactPointId) {
        return roles.contains(Role.COORDINATOR) ? contactPointId : null;
    }

    private void record(Account account, Instant now, Kind kind, String detail) {
        em.persist(new AccountChangeEntry(account.getId(), now, caller.requireName(), kind, detail));
        log.record(SecurityEvent.Kind.valueOf(kind.name()), account.getUsername(), detail);
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static StaffAccount view(Account account, Instant now) {
        return new StaffAccount(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getRoles(), account.getOrganisationId(), account.getContactPointId(), account.isActive(), account.isDeactivated(),
                account.isPending(), account.isLocked(now), account.hasTwoFactor(),
                account.isLocked(now) ? account.getLockedUntil() : null,
                account.getCreatedAt(), account.getVersion());
    }
}
