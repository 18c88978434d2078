package dev.blindspot.vuln.bench;

import dev.blindspot.inventory.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A realistic, reproducible mix of identities for the matching benchmark: the vendors, models and firmware strings
 * the fingerprinting reads from real devices (lab specs, /work/shared/samples), old and current firmware, OEM brands,
 * VMS software with CPE names, and the share of assets whose model or firmware stays unknown.
 */
final class AssetMix {

    private record Kind(String vendor, String manufacturer, String[] models, String[] firmware, String cpe) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Hikvision", "Hikvision", new String[] {"DS-2CD2532F-IWS", "DS-2CD2386G2-IU", "DS-2CD2143G0-I",
                    "DS-2CD2032F-I", "DS-7608NXI-I2/8P/S", "DS-2DF8236IX-AEL"},
                    new String[] {"V5.2.0 build 140721", "V5.4.0 build 160530", "V5.5.0 build 170725",
                            "V5.7.18 build 240826", "V4.62.210 build 230619", "V5.01.005 build 230909"}, null),
            new Kind("Dahua", "Dahua", new String[] {"IPC-HDW5831R-ZE", "IPC-HFW4300S-V2", "DH-NVR608H-128-4KS3",
                    "IPC-HDBW2431E-S", "IPC-HUM7231"},
                    new String[] {"2.800.0000016.0.R,build:2020-06-05", "2.420.0000.0.R,build:2014-05-24",
                            "4.001.0000000.3.R,build:2021-08-27", "2.820.0000000.18.R, Build Date: 2022-01-10",
                            "V2.800.0000000.29.R,build:2021-06-16"}, null),
            new Kind("Amcrest", "Dahua", new String[] {"IP2M-841B", "IPM-721S", "IPC-HDW5831R-ZE"},
                    new String[] {"V2.520.AC00.18.R", "V2.420.AC00.16.R.20160909", "2.800.0000016.0.R,build:2020-06-05"}, null),
            new Kind("Lorex", "Dahua", new String[] {"LNB4421", "W452ASD"},
                    new String[] {"2.800.0000000.8.R,build:2024-06-01", "2.800.0000000.9.R,build:2024-12-01"}, null),
            new Kind("Axis", "Axis", new String[] {"M1065-LW", "P1448-LE", "Q6135-LE"},
                    new String[] {"9.80.1", "10.12.228", "11.8.64", "9.80.3.8"}, null),
            new Kind("Reolink", "Reolink", new String[] {"RLC-410W", "RLC-411WS", "E1 Zoom", "RLN16-410"},
                    new String[] {"v3.0.0.136_20121102", "v2.0.0.1389_18081408", "v3.0.0.716_21072800", "v3.0.0.59_20080734"}, null),
            new Kind("Uniview", "Uniview", new String[] {"IPC322LR3-VSPF28-D", "IPC2122LR3-PF40-A", "NVR301-04S2-P4"},
                    new String[] {"IPC_G6103-B0006P01D1805", "IPC_G6103-B6103.16.10.B25.201218", "NVR-B3801.20.17.240507"}, null),
            new Kind("Hanwha", "Hanwha", new String[] {"SNB-6004", "XRN-420S", "PNV-A6081R"},
                    new String[] {"1.40_161209", "5.01.52", "2.21.02_20231023"}, null),
            new Kind("Xiongmai", "Xiongmai", new String[] {"AHB7804R-LMS", "NBD6808T-PL"},
                    new String[] {"V4.02.R11.34500140.10001.130900.00000", "4.02.r11.c7431119.12001.130000.00000"}, null),
            new Kind("ZoneMinder", "ZoneMinder", new String[] {"ZoneMinder"}, new String[] {"1.36.12", "1.36.33", "1.37.63"},
                    "cpe:2.3:a:zoneminder:zoneminder:%s:*:*:*:*:*:*:*"),
            new Kind("Frigate", "Frigate", new String[] {"Frigate"}, new String[] {"0.12.1", "0.14.1-f4f3cfa"},
                    "cpe:2.3:a:frigate:frigate:%s:*:*:*:*:*:*:*"),
            new Kind("Generic", null, new String[] {"IPC-HX3518"}, new String[] {"V4.02.R11.0010"}, null),
            new Kind("HP", "HP", new String[] {"HP LaserJet Pro M404dn"}, new String[] {"002_2310A"}, null));

    private AssetMix() {
    }

    static List<Identity> generate(int count, long seed) {
        Random r = new Random(seed);
        List<Identity> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind k = KINDS.get(r.nextInt(KINDS.size()));
            Optional<String> model = r.nextInt(10) == 0 ? Optional.empty() : Optional.of(k.models()[r.nextInt(k.models().length)]);
            Optional<String> firmware = r.nextInt(5) == 0 ? Optional.empty() : Optional.of(k.firmware()[r.nextInt(k.firmware().length)]);
            List<String> cpe = k.cpe() == null ? List.of() : List.of(String.format(k.cpe(), firmware.orElse("*")));
            out.add(new Identity(Optional.of(k.vendor()), Optional.ofNullable(k.manufacturer()), model, firmware,
                    Optional.empty(), Optional.empty(), cpe, List.of()));
        }
        return out;
    }
}
