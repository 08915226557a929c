// The portal decides what day it is (the library never reads a clock): here, the civil date in
// China when the check runs, as "YYYY-MM-DD".
export const todayInChina = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
