import sys

from centre_finder.cli import main

sys.exit(main())
