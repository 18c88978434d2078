package dev.blindspot.exposure.routerconfig;

import java.util.List;

/** One format's parser: the rules of a whole file, or an exception naming the line. */
interface ConfigParser {

    List<RouterRule> parse(String file, String text) throws RouterConfigException;
}
