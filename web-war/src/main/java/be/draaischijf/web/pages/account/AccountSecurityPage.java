package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.ApiTokenView;
import be.draaischijf.identity.api.ApiTokens;
import be.draaischijf.identity.api.TwoFactor;
import be.draaischijf.identity.api.TwoFactorSetup;
import be.draaischijf.identity.api.TwoFactorStatus;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.QrCodes;
import be.draaischijf.web.layout.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /account/beveiliging: the logged-in person's own security. Two-step verification with an authenticator app (set up
 * with a code, recovery codes shown once, switched off when the role allows) and personal API tokens for scripts
 * (made and shown once, revoked). Administrators and coordinators without a second factor land here until they set
 * one up ({@code ?verplicht=ja}).
 */
@Named
@ViewScoped
public class AccountSecurityPage implements Serializable {

    static final String SETUP_FORM = "instellen";
    static final String TOKEN_FORM = "sleutel";

    @EJB
    TwoFactor twoFactor;

    @EJB
    ApiTokens tokens;

    @Inject
    Messages messages;

    private TwoFactorStatus status;
    private TwoFactorSetup setup;
    private String code;
    private String disableCode;
    private List<String> recoveryCodes = List.of();
    private List<ApiTokenView> myTokens;
    private String tokenName;
    private String createdToken;

    @PostConstruct
    void init() {
        status = twoFactor.status();
        myTokens = tokens.mine();
    }

    /** Shows a new secret with its QR code; nothing changes until a code confirms it. */
    public void begin() {
        setup = twoFactor.begin();
        recoveryCodes = List.of();
    }

    public void enable() {
        if (setup == null) {
            return;
        }
        try {
            recoveryCodes = twoFactor.enable(setup.secret(), code);
            setup = null;
            code = null;
            status = twoFactor.status();
            messages.info("security.two-factor.enabled");
        } catch (Refusal refused) {
            Refusals.onPage(refused, SETUP_FORM, Map.of("code", "code", "secret", "code"));
        }
    }

    public void disable() {
        try {
            twoFactor.disable(disableCode);
            disableCode = null;
            status = twoFactor.status();
            messages.info("security.two-factor.disabled");
        } catch (Refusal refused) {
            Refusals.onPage(refused, "uitschakelen", Map.of("code", "uitschakelCode"));
        }
    }

    public void createToken() {
        try {
            createdToken = tokens.create(tokenName).token();
            tokenName = null;
            myTokens = tokens.mine();
        } catch (Refusal refused) {
            Refusals.onPage(refused, TOKEN_FORM, Map.of("name", "naam"));
        }
    }

    public void revoke(UUID id) {
        try {
            tokens.revoke(id);
            createdToken = null;
            myTokens = tokens.mine();
            messages.info("security.tokens.revoked");
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getGroupedSecret() {
        return setup == null ? null : setup.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        return setup == null ? null : QrCodes.svg(setup.otpauthUri(), 200, messages.text("security.two-factor.qr"));
    }

    public TwoFactorStatus getStatus() { return status; }
    public TwoFactorSetup getSetup() { return setup; }
    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public List<ApiTokenView> getMyTokens() { return myTokens; }
    public String getCreatedToken() { return createdToken; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDisableCode() { return disableCode; }
    public void setDisableCode(String disableCode) { this.disableCode = disableCode; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
}
