package q

import _ "errors"
