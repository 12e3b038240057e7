package io.cmr.preference;

import io.cmr.platform.test.ServiceBasics;

class PreferenceServiceBasicsTest extends ServiceBasics {
}
