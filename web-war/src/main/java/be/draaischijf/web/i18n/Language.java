package be.draaischijf.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The language of this request: Dutch unless the person chose English (kept in a cookie, and in
 * their account when logged in). Switch with {@code ?lang=en} or {@code ?lang=nl} on any page.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "draaischijf-lang";
    public static final Set<String> SUPPORTED = Set.of("nl", "en");
    public static final String DEFAULT = "nl";

    /** Languages an offer can be given in; labels as {@code language.<code>}. */
    public static final java.util.List<String> OFFER_LANGUAGES = java.util.List.of("nl", "fr", "en", "ar", "tr", "pl", "ro", "es");

    @Inject
    HttpServletRequest request;

    public String getCode() {
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof String code) {
            return code;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? DEFAULT : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue()))
                .map(Cookie::getValue)
                .findFirst().orElse(DEFAULT);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    /** The other language, offered by the switch in the header. */
    public String getOther() {
        return "nl".equals(getCode()) ? "en" : "nl";
    }

    /** This page's address with the other language chosen. */
    public String getSwitchUrl() {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = uri == null ? request.getQueryString()
                : (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        StringBuilder url = new StringBuilder(uri).append("?lang=").append(getOther());
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    url.append('&').append(part);
                }
            }
        }
        return url.toString();
    }
}
