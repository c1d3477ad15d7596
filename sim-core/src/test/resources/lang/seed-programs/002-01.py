urls = ['https://www.python.org', 'http://www.sina.com.cn/',
        'http://news.sohu.com/', 'http://tech.163.com']
