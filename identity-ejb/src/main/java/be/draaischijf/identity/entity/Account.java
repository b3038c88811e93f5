package be.draaischijf.identity.entity;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.ProfessionalAccount;
import be.draaischijf.identity.api.Role;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "organisation_id")
    private UUID organisationId;

    /** The contact point a coordinator works for (none: the coordinator sees every contact point's cases first). */
    @Column(name = "contact_point_id")
    private UUID contactPointId;

    /** The TOTP secret (Base32) of the account's authenticator app; none without two-factor sign-in. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_since")
    private Instant totpSince;

    /** The last time step whose code was used: a code works once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** Made by the demo data: refused whenever demo mode is off. */
    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false, length = 2)
    private String language = "nl";

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    /** May log in: false while a signed-up address is not verified or an invited professional has no password yet. */
    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    /** Goes up with every new password: sessions opened with an older one end at their next request. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    /** Set while an administrator has deactivated the account. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    /**
     * A professional's account that cannot log in yet: username and address are {@code email} (lower case),
     * until the address is verified or a password chosen through a mailed link.
     */
    public static Account pendingProfessional(String email, String displayName, String passwordHash,
                                              String organisationName, String jobTitle, String language, Instant now) {
        Account account = pending(email, displayName, passwordHash, Set.of(Role.PROFESSIONAL), null, language, now);
        account.organisationName = organisationName;
        account.jobTitle = jobTitle;
        return account;
    }

    /**
     * An invited account in these roles (and, for a partner, this organisation) that cannot log in yet: username and
     * address are {@code email} (lower case), until its owner chooses a password through the mailed link.
     */
    public static Account pending(String email, String displayName, String passwordHash, Set<Role> roles,
                                  UUID organisationId, String language, Instant now) {
        Account account = new Account(email, displayName, passwordHash, roles);
        account.email = email;
        account.organisationId = organisationId;
        account.language = language == null ? "nl" : language;
        account.active = false;
        account.createdAt = now;
        return account;
    }

    public UUID getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    /** The address is proven (a mailed link was used): an account waiting for that may log in from now on. */
    public void verified(Instant now) {
        if (verifiedAt == null) {
            verifiedAt = now;
            active = true;
        }
    }

    /** A new password: the throttle's count starts again, and sessions opened with the old one end. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.credentialsVersion++;
    }

    /** The same password, hashed again at today's strength: sessions and the throttle's count stay as they are. */
    public void upgradePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /**
     * Signed up (or invited) and never able to log in yet: no address proven, no password chosen, never
     * deactivated. Such an account gives way to an invitation for the same address.
     */
    public boolean isPending() {
        return !active && verifiedAt == null && deactivatedAt == null;
    }

    public boolean isDeactivated() {
        return deactivatedAt != null;
    }

    /** No login from now on, and every open session ends at its next request. */
    public void deactivate(Instant now) {
        active = false;
        deactivatedAt = now;
    }

    /** Active again, as it was before it was deactivated. */
    public void reactivate() {
        if (deactivatedAt != null) {
            deactivatedAt = null;
            active = true;
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The login throttle lets the account in again at once. */
    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    public void changeRoles(Set<Role> newRoles, UUID organisation) {
        this.roles = newRoles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(newRoles);
        this.organisationId = organisation;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** An invitation takes over an account that was only signed up for: the inviter's details count. */
    public void invitedAs(String displayName, String organisationName, String jobTitle, String language) {
        this.displayName = displayName;
        this.organisationName = organisationName;
        this.jobTitle = jobTitle;
        this.language = language == null ? "nl" : language;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public java.util.UUID getOrganisationId() {
        return organisationId;
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpSince() {
        return totpSince;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    /** Two-factor sign-in from now on, with this secret; the step of the code that confirmed it counts as used. */
    public void enableTwoFactor(String secret, long confirmedStep, Instant now) {
        this.totpSecret = secret;
        this.totpSince = now;
        this.totpLastStep = confirmedStep;
    }

    public void disableTwoFactor() {
        this.totpSecret = null;
        this.totpSince = null;
        this.totpLastStep = null;
    }

    /** A code of this step was used: no code of it or of an earlier step works again. */
    public void usedStep(long step) {
        this.totpLastStep = step;
    }

    /**
     * Whether this account must sign in with a second factor: administrators and coordinators (they open every case),
     * outside demo mode; demo accounts in demo mode keep password-only sign-in.
     */
    public boolean requiresTwoFactor(boolean demoMode) {
        return !demoMode && (roles.contains(Role.ADMIN) || roles.contains(Role.COORDINATOR));
    }

    /** Whether the second factor is required and not set up yet: until it is, the account may only set it up. */
    public boolean mustEnrol(boolean demoMode) {
        return requiresTwoFactor(demoMode) && !hasTwoFactor();
    }

    public boolean isDemo() {
        return demo;
    }

    /** A demo account (the demo administrator) taken over in production: from now on a real one, with this password. */
    public void leaveDemo(String newPasswordHash) {
        this.demo = false;
        setPasswordHash(newPasswordHash);
    }

    public UUID getContactPointId() {
        return contactPointId;
    }

    public void setContactPointId(UUID contactPointId) {
        this.contactPointId = contactPointId;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public ProfessionalAccount toProfessional() {
        return new ProfessionalAccount(username, displayName, email, organisationName, jobTitle, active, createdAt);
    }

    public AccountView toView() {
        return new AccountView(username, displayName, email, roles, organisationId, contactPointId, language);
    }

    /**
     * What the account holds about its owner, for a data subject's request: never the password hash, the two-factor
     * secret or its last time step (only whether two-factor sign-in is on, and since when).
     *
     * @param lastLogin the last successful login the security event log still holds, or null
     */
    public SubjectRecord toSubjectRecord(Instant lastLogin) {
        List<SubjectField> fields = new ArrayList<>();
        fields.add(SubjectField.text("username", username));
        fields.add(SubjectField.text("name", displayName));
        fields.add(SubjectField.text("email", email));
        fields.add(SubjectField.text("organisation", organisationName));
        fields.add(SubjectField.text("function", jobTitle));
        roles.stream().sorted().forEach(role -> fields.add(SubjectField.code("role", role)));
        fields.add(SubjectField.text("language", language));
        fields.add(SubjectField.moment("createdAt", createdAt));
        fields.add(SubjectField.moment("verifiedAt", verifiedAt));
        fields.add(SubjectField.moment("lastLogin", lastLogin));
        fields.add(SubjectField.yesNo("active", active));
        fields.add(SubjectField.moment("deactivatedAt", deactivatedAt));
        fields.add(SubjectField.yesNo("twoFactor", totpSecret != null));
        fields.add(SubjectField.moment("twoFactorSince", totpSince));
        return new SubjectRecord("identity", "account", id, username, createdAt, fields);
    }
}
