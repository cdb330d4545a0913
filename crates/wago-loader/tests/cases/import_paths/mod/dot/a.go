package dot

import _ "."
