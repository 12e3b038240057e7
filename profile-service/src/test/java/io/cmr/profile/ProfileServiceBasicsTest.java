package io.cmr.profile;

import io.cmr.platform.test.ServiceBasics;

class ProfileServiceBasicsTest extends ServiceBasics {
}
