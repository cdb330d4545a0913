package local

import _ "./sub"
