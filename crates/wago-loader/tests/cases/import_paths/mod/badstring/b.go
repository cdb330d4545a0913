package badstring

import _ "io"
