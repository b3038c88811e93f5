package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Role;
import be.draaischijf.platform.security.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity module's side for the partner module's tests: the demo accounts as the identity module's demo
 * data has them (read from its script), a caller as the container gives it, and {@code Accounts} answering from them.
 */
final class DemoAccounts {

    private static final Pattern ACCOUNT = Pattern.compile("insert into identity_account \\(id, username, display_name, email,"
            + " password_hash, organisation_id\\) values \\('([0-9a-f-]+)', '([^']+)', '([^']+)', '([^']+)', '[^']+', (null|'[0-9a-f-]+')\\)");
    private static final Pattern ROLE = Pattern.compile("insert into identity_account_role \\(account_id, role\\) values \\('([0-9a-f-]+)', '([A-Z_]+)'\\)");

    static final List<AccountView> ACCOUNTS = read();

    private DemoAccounts() {
    }

    /** The demo account of this name as a caller, with its role; an unknown name has no role. */
    static Caller caller(String username) {
        return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst()
                .map(a -> Caller.of(username, a.roles().stream().map(Role::name).toArray(String[]::new)))
                .orElseGet(() -> Caller.of(username));
    }

    /** The identity module's accounts API over the demo accounts (a proxy: new methods do not break these tests). */
    static Accounts accounts() {
        return (Accounts) Proxy.newProxyInstance(Accounts.class.getClassLoader(), new Class<?>[] {Accounts.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> ACCOUNTS.stream().filter(a -> a.username().equals(args[0])).findFirst();
                    case "withRole" -> ACCOUNTS.stream().filter(a -> a.roles().contains((Role) args[0]))
                            .filter(a -> args[1] == null || args[1].equals(a.organisationId())).toList();
                    case "toString" -> "demo Accounts";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<AccountView> read() {
        String script;
        try (InputStream in = DemoAccounts.class.getClassLoader().getResourceAsStream("db/demo/identity/R__demo_accounts.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AccountView> accounts = new ArrayList<>();
        Matcher account = ACCOUNT.matcher(script);
        while (account.find()) {
            String id = account.group(1);
            Matcher role = ROLE.matcher(script);
            Set<Role> granted = new java.util.HashSet<>();
            while (role.find()) {
                if (role.group(1).equals(id)) {
                    granted.add(Role.valueOf(role.group(2)));
                }
            }
            String organisation = account.group(5);
            accounts.add(new AccountView(account.group(2), account.group(3), account.group(4), granted,
                    "null".equals(organisation) ? null : UUID.fromString(organisation.replace("'", "")), null, "nl"));
        }
        if (accounts.size() < 10) {
            throw new IllegalStateException("demo accounts not read: " + accounts.size());
        }
        return List.copyOf(accounts);
    }
}
