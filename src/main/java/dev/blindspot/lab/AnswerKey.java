package dev.blindspot.lab;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The lab's truth about its devices, derived from their specs (never from a scan). Serialised by Jackson as
 * {@code {"devices": [{"address", "vendor", "model", "firmware", "deviceClass", "failing": [...]}]}}.
 */
@JsonPropertyOrder({"devices"})
public record AnswerKey(List<Device> devices) {

    public AnswerKey {
        devices = List.copyOf(devices);
    }

    static AnswerKey of(List<LabDevice> devices) {
        return new AnswerKey(devices.stream().map(Device::of).toList());
    }

    /** One device's entry; {@code deviceClass} is the lower-case wire name. */
    @JsonPropertyOrder({"address", "vendor", "model", "firmware", "deviceClass", "failing"})
    public record Device(String address, String vendor, String model, String firmware, String deviceClass,
                         List<String> failing) {

        public Device {
            failing = List.copyOf(failing);
        }

        static Device of(LabDevice d) {
            return new Device(d.address(), d.vendor(), d.model(), d.firmware(), d.deviceClass().wireName(),
                    d.failing());
        }
    }
}
