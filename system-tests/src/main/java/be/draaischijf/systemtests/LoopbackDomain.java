package be.draaischijf.systemtests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites a Payara domain.xml so that every listener and the Hazelcast data grid bind to 127.0.0.1. */
final class LoopbackDomain {

    private static final Pattern LISTENER_WITHOUT_ADDRESS =
            Pattern.compile("<network-listener (?![^>]*\\baddress=)");

    private LoopbackDomain() {
    }

    static String bindToLoopback(String domainXml) {
        String xml = domainXml.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"");
        xml = LISTENER_WITHOUT_ADDRESS.matcher(xml).replaceAll(Matcher.quoteReplacement("<network-listener address=\"127.0.0.1\" "));
        xml = xml.replace("<hazelcast-runtime-configuration ",
                "<hazelcast-runtime-configuration interface=\"127.0.0.1\" das-bind-address=\"127.0.0.1\" ");
        // no JMS here: its embedded broker would listen on every interface
        xml = xml.replace("<jms-service type=\"EMBEDDED\"", "<jms-service type=\"DISABLED\"");
        // the server's own JVM options: no Hazelcast on other interfaces, a bit more heap
        xml = xml.replaceFirst("<jvm-options>-Xmx512m</jvm-options>",
                "<jvm-options>-Xmx1g</jvm-options><jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>");
        return xml;
    }
}
