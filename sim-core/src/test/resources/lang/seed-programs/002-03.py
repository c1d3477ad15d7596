if __name__ == '__main__':
    start_time = time.time()
    threads = []
    for i in range(10):
        t = threading.Thread(target=download_page, args=(random.choice(urls),i,))
        threads.append(t)
        t.start()
    
    # wait for all threads to finish before moving on
    for thread in threads:
        thread.join()
        
    end_time = time.time()
    print('Elapsed time:', end_time - start_time)
