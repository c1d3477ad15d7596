def download_page(url, num):
    try:
        response = requests.get(url)
        if response.status_code == 200:
            soup = BeautifulSoup(response.content, 'html.parser')
            title = soup.find('title').text
            print('[{}] [Thread {}] Title: {}'.format(
                datetime.datetime.now(), num, title))
        else:
            print('[{}] [Thread {}] Status code: {}'.format(
                datetime.datetime.now(), num, response.status_code))
    except Exception as e:
        print('[{}] [Thread {}] Error: {}'.format(
            datetime.datetime.now(), num, str(e)))
