package be.draaischijf.identity.api;

import java.io.Serializable;

/**
 * A secret for an authenticator app: as Base32 text to type in, and as the {@code otpauth://} address its QR code
 * holds (issuer Draaischijf, the username as the account's name).
 */
public record TwoFactorSetup(String secret, String otpauthUri) implements Serializable {
}
