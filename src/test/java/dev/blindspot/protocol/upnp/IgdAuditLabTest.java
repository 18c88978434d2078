package dev.blindspot.protocol.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blindspot.inventory.UpnpIgdObservation;
import dev.blindspot.inventory.UpnpIgdReply;
import dev.blindspot.lab.AppSettings;
import dev.blindspot.lab.DeviceKind;
import dev.blindspot.lab.DeviceSpec;
import dev.blindspot.lab.Lab;
import dev.blindspot.lab.LabOptions;
import dev.blindspot.lab.PortMapping;
import dev.blindspot.lab.RunningLab;
import dev.blindspot.protocol.http.BoundedHttpClient;
import dev.blindspot.protocol.http.HttpLimits;
import dev.blindspot.scan.ProbeOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link IgdAudit} against lab routers on loopback: the 256-entry cap, and an address where no IGD answers. */
class IgdAuditLabTest {

    private static final String ROUTER = "127.111.0.1";
    private static final String NOTHING = "127.111.0.9"; // nothing listens here

    @Test
    void aRouterWithMoreThan256MappingsIsReadUpToTheCapAndSaysSo() throws Exception {
        List<PortMapping> many = IntStream.range(0, 300)
                .mapToObj(i -> PortMapping.tcp(20000 + i, "127.111.0.2", 22, "ssh " + i)).toList();
        try (RunningLab lab = Lab.start(List.of(DeviceSpec.defaults(DeviceKind.UPNP_ROUTER)
                        .withApp(AppSettings.DEFAULT.withPortMappings(many))), LabOptions.defaults().withFirstAddress(ROUTER));
             ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor()) {
            UpnpIgdObservation o = new IgdAudit(Duration.ofSeconds(2), new BoundedHttpClient(watchdog, HttpLimits.defaults()),
                    Duration.ofSeconds(60)).audit(ROUTER);
            UpnpIgdReply reply = o.outcome().answer().orElseThrow();
            assertThat(reply.mappings()).hasSize(PortMappings.CAP);
            assertThat(reply.mappings().getLast()).isEqualTo(new UpnpIgdReply.Mapping("", 20255, "TCP", "127.111.0.2", 22,
                    true, "ssh 255", 0));
            assertThat(reply.listing().endedBy()).isEqualTo("cap 256");
            assertThat(reply.listing().complete()).isFalse();
            assertThat(reply.listing().listOfMappings()).isEmpty(); // IGD v1: no GetListOfPortMappings
        }
    }

    @Test
    void anAddressWithoutAnIgdIsNotAnAnswer() throws Exception {
        try (ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor()) {
            UpnpIgdObservation o = new IgdAudit(Duration.ofMillis(500), new BoundedHttpClient(watchdog, HttpLimits.defaults()),
                    Duration.ofSeconds(5)).audit(NOTHING);
            assertThat(o.outcome()).isNotInstanceOf(ProbeOutcome.Answered.class);
            assertThat(o.port()).isEqualTo(1900);
        }
    }
}
