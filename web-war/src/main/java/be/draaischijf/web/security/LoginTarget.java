package be.draaischijf.web.security;

import java.util.Set;

/** Where someone goes after logging in: the page they asked for, if it is one of ours, else their role's start page. */
public final class LoginTarget {

    private LoginTarget() {
    }

    public static String after(String requested, Set<String> groups) {
        if (requested != null && requested.startsWith("/") && !requested.startsWith("//")
                && !requested.contains("\\") && !requested.startsWith("/login")) {
            return requested;
        }
        if (groups.contains("COORDINATOR")) {
            return "/meldpunt";
        }
        if (groups.contains("ADMIN")) {
            return "/beheer/accounts";
        }
        if (groups.contains("PARTNER")) {
            return "/partner";
        }
        if (groups.contains("PROFESSIONAL")) {
            return "/mijn/aanmeldingen";
        }
        return "/";
    }
}
