package r

import _ "example.com/all/s"
