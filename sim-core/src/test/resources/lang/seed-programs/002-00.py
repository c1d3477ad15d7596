import requests
from bs4 import BeautifulSoup
import time
import random
import threading
