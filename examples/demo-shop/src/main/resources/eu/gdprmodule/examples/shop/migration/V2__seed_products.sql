-- The catalogue: repairs, upgrades and support for individuals and small businesses.
-- Prices are before VAT (20 %), as invoiced.

INSERT INTO SHOP_PRODUCT (SKU, NAME, DESCRIPTION, UNIT_PRICE_NET, DISPLAY_ORDER) VALUES
('diagnostic', 'Computer diagnostic',
 'A technician checks hardware, storage health and system logs, and tells you what is wrong and what it costs to fix.',
 39.00, 10),
('ssd-upgrade', 'SSD upgrade, 1 TB',
 'Replace your hard drive with a 1 TB solid-state drive, files and system moved across. Parts and fitting included.',
 129.00, 20),
('ram-upgrade', 'Memory upgrade, 16 GB',
 'Two 8 GB modules matched to your computer, fitted and tested.',
 79.00, 30),
('screen-replacement', 'Laptop screen replacement',
 'A new panel for a cracked or dead laptop screen, most 13 to 16 inch models.',
 149.00, 40),
('malware-removal', 'Malware removal and clean-up',
 'Viruses and unwanted software removed, security updates applied, and advice to stay safe.',
 69.00, 50),
('data-recovery', 'Data recovery',
 'Recovery of photos and documents from a failing or deleted drive, returned on a new USB drive.',
 249.00, 60),
('workstation-setup', 'Office workstation set-up',
 'A new computer unpacked, updated, joined to your network and printers, and your data moved across.',
 59.00, 70),
('support-plan', 'Annual support plan',
 'A year of remote help desk and one on-site visit per quarter for one workstation.',
 199.00, 80);
