/**
 * The one entry to SheetJS (CE 0.20.3, published on the registry as `@e965/xlsx`; the `xlsx`
 * package stopped at 0.18.5, with CVE-2023-30533 and CVE-2024-22363). Its ES module build leaves
 * out the code pages that old binary .xls workbooks need: they are set here, once.
 */
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel';

XLSX.set_cptable(cptable);

export { XLSX };
